using SmartReview.Review;

namespace SmartReview.Application.Ports;

/// <summary>
/// Who a user id is (role and facility), for giving work to people: an assignment goes only to someone the directory
/// knows. The host's directory is its demo users and the users it is configured with.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user as the review flow's actor, or null when the directory does not know the id.</summary>
    ValueTask<Actor?> FindAsync(string userId, CancellationToken cancel);
}
