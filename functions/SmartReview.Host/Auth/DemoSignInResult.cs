using System.Security.Claims;

namespace SmartReview.Host.Auth;

/// <summary>A sign-in attempt: the principal signed in, or how long to wait (too many failures), or neither (wrong user or password).</summary>
internal sealed record DemoSignInResult(ClaimsPrincipal? Principal, TimeSpan? RetryAfter);
