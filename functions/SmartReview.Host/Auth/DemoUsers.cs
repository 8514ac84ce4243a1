using System.Text.Json;
using SmartReview.Edge.Auth;
using SmartReview.Host.Api;

namespace SmartReview.Host.Auth;

/// <summary>The demo users of <see cref="AuthSettings.DemoUsers"/>, loaded and checked once at start.</summary>
internal sealed class DemoUsers
{
    private readonly Dictionary<string, DemoUser> _users;

    public DemoUsers(AuthSettings settings)
    {
        string path = !settings.DemoUsersEnabled || string.IsNullOrWhiteSpace(settings.DemoUsers) ? "" : Path.GetFullPath(settings.DemoUsers, AppContext.BaseDirectory);
        DemoUser[] users = path.Length == 0 ? [] : JsonSerializer.Deserialize(File.ReadAllText(path), HostJsonContext.Default.DemoUserArray) ?? [];
        foreach (DemoUser u in users)
        {
            _ = RoleNames.ToReview(u.Role);
            if (u.Role == RoleNames.Facility && string.IsNullOrWhiteSpace(u.Facility))
            {
                throw new InvalidOperationException($"demo user {u.Id} is a facility user without a facility");
            }
        }

        _users = users.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    public bool Enabled => _users.Count > 0;

    public IEnumerable<DemoUser> All => _users.Values;

    /// <summary>The user with this id as the file says now, or null.</summary>
    public DemoUser? Find(string id) => _users.GetValueOrDefault(id);

    /// <summary>The user with this id and password, or null (the same work is done for an unknown id).</summary>
    public DemoUser? SignIn(string id, string password)
    {
        bool known = _users.TryGetValue(id, out DemoUser? user);
        bool ok = PasswordHash.Verify(password, known ? user!.PasswordHash : Decoy);
        return known && ok ? user : null;
    }

    private static string Decoy { get; } = PasswordHash.Create(Guid.NewGuid().ToString());
}
