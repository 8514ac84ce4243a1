namespace SmartReview.Application.Ports;

/// <summary>The server's record of cookie sign-ins, shared by every instance of the host.</summary>
public interface ISignInSessions
{
    Task StartAsync(SignInSession session, CancellationToken cancel);

    /// <summary>The session, or null when it never was or has ended.</summary>
    Task<SignInSession?> FindAsync(string id, CancellationToken cancel);

    /// <summary>Ends the session; nothing happens when it has ended already.</summary>
    Task EndAsync(string id, CancellationToken cancel);
}
