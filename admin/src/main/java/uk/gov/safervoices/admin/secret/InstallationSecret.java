package uk.gov.safervoices.admin.secret;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("installation_secret")
record InstallationSecret(@Id String name, String secret, Instant createdAt) {
}
