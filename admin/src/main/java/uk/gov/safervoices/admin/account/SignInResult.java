package uk.gov.safervoices.admin.account;

import java.time.Instant;

/** What a sign-in attempt came to. The page tells people only "wrong username or password" or "locked". */
public sealed interface SignInResult {

    record SignedIn(StaffAccount account) implements SignInResult { }

    record WrongCredentials() implements SignInResult { }

    record Locked(Instant until) implements SignInResult { }
}
