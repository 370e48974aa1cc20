package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
import io.micronaut.views.handlebars.HandlebarsViewsRendererConfiguration;
import jakarta.inject.Singleton;

/**
 * micronaut-views-handlebars' renderer, except that the view model is read with {@link ModelValueResolver}
 * (it renders through {@code template.apply(model)}, which always takes Handlebars' default resolvers).
 */
@Singleton
@Replaces(HandlebarsViewsRenderer.class)
@Produces(MediaType.TEXT_HTML)
class ViewsRenderer<T, R> extends HandlebarsViewsRenderer<T, R> {
    ViewsRenderer(ViewsConfiguration viewsConfiguration, ClassPathResourceLoader resourceLoader,
                  HandlebarsViewsRendererConfiguration configuration, Handlebars handlebars) {
        super(viewsConfiguration, resourceLoader, configuration, handlebars);
    }

    @Override
    public Writable render(String viewName, T data, R request) {
        return super.render(viewName, data == null ? null : (T) ModelValueResolver.context(data), request);
    }
}
