namespace SmartReview.Storage.Cases;

/// <summary>
/// The open-case counters, in the stage's partition of the sorted index beside its rows (so one transaction moves
/// a case's rows and its counts together): "n|*|{shard}" the stage, "n|f|{facility}|{shard}", "n|r|{rule}|{shard}"
/// and "n|fr|{facility}|{rule}|{shard}". A count is the sum of its <see cref="Shards"/> rows (one short range read);
/// each change goes to one shard, so people deciding at once rarely write the same row.
/// </summary>
internal static class CountRows
{
    public const int Shards = 4;
    public const string Count = "Count";

    /// <summary>The first row key of every counter.</summary>
    public const string Start = "n|";

    /// <summary>The counter a list of the stage narrowed by <paramref name="facilityId"/> and <paramref name="ruleId"/> (each optional) reads, less its shard.</summary>
    public static string Prefix(string? facilityId, string? ruleId) => (facilityId, ruleId) switch
    {
        (null, null) => "n|*|",
        ({ } f, null) => $"n|f|{Keys.Safe(f)}|",
        (null, { } r) => $"n|r|{Keys.Safe(r)}|",
        ({ } f, { } r) => $"n|fr|{Keys.Safe(f)}|{Keys.Safe(r)}|",
    };

    /// <summary>The four counters one case counts in, in shard <paramref name="shard"/>.</summary>
    public static string[] For(string facilityId, string ruleId, int shard) =>
        [Prefix(null, null) + shard, Prefix(facilityId, null) + shard, Prefix(null, ruleId) + shard, Prefix(facilityId, ruleId) + shard];
}
