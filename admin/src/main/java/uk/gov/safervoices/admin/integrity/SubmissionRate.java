package uk.gov.safervoices.admin.integrity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Submissions in one hour from one (hashed) client address; the table's key is (address_hash, hour_bucket). */
@MappedEntity("submission_rate")
record SubmissionRate(@Id String addressHash, long hourBucket, int submissions) {
}
