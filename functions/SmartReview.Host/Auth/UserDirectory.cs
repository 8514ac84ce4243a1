using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Auth;

/// <summary>
/// <see cref="IUserDirectory"/> of the host: the demo users (when local sign-in is on) and the users of
/// <see cref="AuthSettings.Users"/>, checked at start. A token's user who is in neither cannot be verified, so no
/// case is assigned to them.
/// </summary>
internal sealed class UserDirectory : IUserDirectory
{
    private readonly Dictionary<string, Actor> _users = new(StringComparer.Ordinal);

    public UserDirectory(DemoUsers demo, AuthSettings settings)
    {
        foreach (DirectoryUser u in settings.Users)
        {
            if (string.IsNullOrWhiteSpace(u.Id) || (u.Role == RoleNames.Facility && string.IsNullOrWhiteSpace(u.Facility)))
            {
                throw new InvalidOperationException($"Auth:Users: user '{u.Id}' needs an id, and a facility if a facility user");
            }

            _users[u.Id] = new Actor(u.Id, RoleNames.ToReview(u.Role), u.Role == RoleNames.Facility ? u.Facility : null);
        }

        foreach (DemoUser u in demo.All)
        {
            _users[u.Id] = new Actor(u.Id, RoleNames.ToReview(u.Role), u.Role == RoleNames.Facility ? u.Facility : null);
        }
    }

    public ValueTask<Actor?> FindAsync(string userId, CancellationToken cancel) =>
        ValueTask.FromResult(_users.GetValueOrDefault(userId.Trim()));
}
