using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// One decision, with its one reason, on many cases: "these flags of one rule at one facility are all confirmed (or
/// dismissed) because …". Each case goes through <see cref="CaseCommandHandler"/> as the caller, so the review flow,
/// separation of duties and the version check apply to each as if decided alone, and the answer lists every case
/// with its own outcome (done, refused with the reason, conflict, not found). All cases must be of one rule and one
/// facility; at most <see cref="MaxCases"/>.
/// </summary>
public sealed class BulkDecision(ICaseStore cases, CaseCommandHandler commands, int parallelism = 8)
{
    /// <summary>The most cases one bulk decision covers.</summary>
    public const int MaxCases = 200;

    public Task<BulkResult> HandleAsync(IReadOnlyList<string> keys, CaseCommand command, Actor by, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(command);
        return HandleAsync(keys, _ => command, by, cancel);
    }

    /// <summary>
    /// The same, with the command made for each case from its state: e.g. confirming each flag for its own amount at
    /// stake. The reason is still one for all.
    /// </summary>
    public async Task<BulkResult> HandleAsync(IReadOnlyList<string> keys, Func<ReviewCase, CaseCommand> commandFor, Actor by, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(commandFor);
        string[] distinct = [.. keys.Distinct(StringComparer.Ordinal)];
        if (distinct.Length is 0 or > MaxCases)
        {
            return BulkResult.Refused(BulkStatus.Invalid, $"a bulk decision covers 1 to {MaxCases} cases");
        }

        var parsed = new CaseKey[distinct.Length];
        for (int i = 0; i < distinct.Length; i++)
        {
            if (!CaseKey.TryParse(distinct[i], out parsed[i]))
            {
                return BulkResult.Refused(BulkStatus.Invalid, $"'{distinct[i]}' is not a case key");
            }
        }

        if (parsed.Select(k => k.FacilityId).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            return BulkResult.Refused(BulkStatus.Mixed, "a bulk decision covers the cases of one facility");
        }

        bool visible = CaseAccess.MaySee(by, parsed[0]);
        StoredCase?[] found = visible ? await Task.WhenAll(parsed.Select(k => cases.GetAsync(k, cancel))).ConfigureAwait(false) : new StoredCase?[parsed.Length];
        if (found.OfType<StoredCase>().Select(s => s.Case.Flag.RuleId).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            return BulkResult.Refused(BulkStatus.Mixed, "a bulk decision covers the cases of one rule");
        }

        var items = new BulkItem[parsed.Length];
        await Parallel.ForAsync(0, parsed.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel }, async (i, ct) =>
        {
            CommandResult result = found[i] is not { } stored
                ? CommandResult.NotFound
                : await commands.HandleAsync(parsed[i], commandFor(stored.Case), by, ct).ConfigureAwait(false);
            items[i] = new BulkItem(distinct[i], result.Status, result.Rejection);
        }).ConfigureAwait(false);
        return new BulkResult(BulkStatus.Answered, items, null);
    }
}
