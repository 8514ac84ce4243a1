using System.Text;

namespace SmartReview.Workflow.Local;

/// <summary>
/// The <c>Durable</c> section: the task hub's name (default: the storage prefix's letters and digits followed by
/// "hub", so deployments and test classes with different prefixes never share one), its own storage account
/// (<see cref="ConnectionString"/>; default: the host's), the sidecar's loopback port (0: any free one) and how many
/// orchestration and activity work items this process runs at once.
/// </summary>
public sealed record DurableSettings
{
    public string? TaskHub { get; init; }

    /// <summary>
    /// The task hub on an account of its own, so the engine's polling and history writes do not queue in front of the
    /// record's requests (one Azurite process serves requests one at a time).
    /// </summary>
    public string? ConnectionString { get; init; }

    public int Port { get; init; }

    public int OrchestrationConcurrency { get; init; } = 8;

    public int ActivityConcurrency { get; init; } = 4;

    /// <summary>The task hub's name: alphanumeric, starting with a letter, 3 to 45 characters.</summary>
    public string HubName(string storagePrefix)
    {
        if (TaskHub is { Length: > 0 } given)
        {
            return IsValid(given) ? given : throw new InvalidOperationException($"Durable:TaskHub '{given}' must be 3-45 letters or digits, starting with a letter");
        }

        var name = new StringBuilder();
        foreach (char c in storagePrefix.Where(char.IsAsciiLetterOrDigit))
        {
            name.Append(c);
        }

        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            name.Insert(0, "sr");
        }

        string hub = name.Append("hub").ToString();
        return hub.Length > 45 ? hub[..45] : hub;
    }

    /// <summary>The <c>Durable</c> section; an empty task hub or connection string counts as unset.</summary>
    public static DurableSettings From(IConfiguration config)
    {
        DurableSettings settings = config.GetSection("Durable").Get<DurableSettings>() ?? new DurableSettings();
        return settings with
        {
            TaskHub = string.IsNullOrWhiteSpace(settings.TaskHub) ? null : settings.TaskHub,
            ConnectionString = string.IsNullOrWhiteSpace(settings.ConnectionString) ? null : settings.ConnectionString,
        };
    }

    private static bool IsValid(string name) =>
        name.Length is >= 3 and <= 45 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
