package uk.gov.safervoices.portal.staff;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Lets a controller method take the signed-in {@link StaffUser} as a parameter. */
@Singleton
class StaffUserBinder implements TypedRequestArgumentBinder<StaffUser> {

    @Override
    public Argument<StaffUser> argumentType() {
        return Argument.of(StaffUser.class);
    }

    @Override
    public BindingResult<StaffUser> bind(ArgumentConversionContext<StaffUser> context, HttpRequest<?> source) {
        Optional<StaffUser> user = StaffUser.of(source);
        return user.isPresent() ? () -> user : BindingResult.unsatisfied();
    }
}
