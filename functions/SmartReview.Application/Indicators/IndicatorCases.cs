using System.Text.Json;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Indicators;

namespace SmartReview.Application.Indicators;

/// <summary>
/// A completed batch's indicator cases (docs/decisions/0020): its chunks' facility-month figures, added up, go into the
/// stored tallies under the batch's id; each facility-month it touched is judged again on everything stored for it; a
/// rule above its threshold opens one case per rule, facility and month (the flag's id), and a case that exists is
/// re-judged (<see cref="ReviewFlow.Rejudge"/>), never opened twice. Only batches screened on the discharge date count:
/// a re-screening on another basis holds settlements counted already. Safe to run again for the same batch.
/// </summary>
public sealed class IndicatorCases(IBatchFiles files, IIndicatorTallies tallies, ICaseStore cases, PackRegistry packs, ReviewSettings review,
    WorkingCalendar calendar, TimeProvider clock, IDeadlineTimers? timers = null)
{
    private const int Attempts = 8;

    public async Task HandleAsync(BatchRecord batch, IReadOnlyList<ChunkRecord> chunks, CancellationToken cancel)
    {
        CompiledPack pack = packs.Current;
        if (!pack.HasIndicators || batch.Basis != ScreeningBasis.DischargeDate)
        {
            return;
        }

        FacilityMonth[] months = await BatchMonthsAsync(batch, chunks, cancel).ConfigureAwait(false);
        await tallies.AddAsync(batch.BatchId, months, cancel).ConfigureAwait(false);
        foreach (IGrouping<string, FacilityMonth> facility in months.GroupBy(m => m.FacilityId, StringComparer.Ordinal))
        {
            StoredTally stored = await tallies.ReadAsync(facility.Key, cancel).ConfigureAwait(false);
            IndicatorTally tally = IndicatorTally.FromRecords(stored.Months, pack);
            foreach (FacilityMonth month in facility)
            {
                foreach (FacilityFlag reading in IndicatorReport.Read(pack, tally, month.FacilityId, month.Month))
                {
                    if (reading.Above || stored.CaseIds.Contains(reading.Id))
                    {
                        await JudgeAsync(batch, IndicatorFlags.Summary(reading, tally.Figures[(month.FacilityId, month.Month)]), cancel).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    /// <summary>The batch's figures: its chunks' (as their results named them) added up per facility-month.</summary>
    private async Task<FacilityMonth[]> BatchMonthsAsync(BatchRecord batch, IReadOnlyList<ChunkRecord> chunks, CancellationToken cancel)
    {
        var parts = new List<FacilityMonth>();
        foreach (ChunkRecord chunk in chunks.Where(c => c.Result is not null))
        {
            if (await files.ReadAsync(batch.Staging, $"{chunk.ChunkId}.{chunk.Result}.indicators.json.gz", cancel).ConfigureAwait(false) is { } json)
            {
                parts.AddRange(JsonSerializer.Deserialize(Gzip.Decompress(json), IngestJsonContext.Default.IReadOnlyListFacilityMonth) ?? []);
            }
        }

        return [.. parts.GroupBy(p => (p.FacilityId, p.Month)).OrderBy(g => g.Key).Select(g => FacilityMonth.Sum([.. g]))];
    }

    /// <summary>Opens the facility-month's case when it is above and has none; otherwise re-judges the case, version-checked.</summary>
    private async Task JudgeAsync(BatchRecord batch, FlagSummary flag, CancellationToken cancel)
    {
        var key = new CaseKey(flag.FacilityId, flag.FlagId);
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            if (await cases.GetAsync(key, cancel).ConfigureAwait(false) is not { } stored)
            {
                if (flag.Indicator is not { Above: true } reading)
                {
                    return;
                }

                // Noted first: a crash after it leaves a note of a case that is not there, which reads as no case.
                await tallies.MarkCaseAsync(flag.FacilityId, reading.Month, flag.FlagId, cancel).ConfigureAwait(false);
                (ReviewCase opened, CaseEvent first) = ReviewFlow.Open(flag, batch.ReceivedUtc, review, calendar);
                if (await cases.OpenAsync([new OpenedCase(opened, first)], cancel).ConfigureAwait(false) == 1)
                {
                    if (timers is not null && opened.DueUtc is { } due)
                    {
                        await timers.ArmAsync([due], cancel).ConfigureAwait(false);
                    }

                    return;
                }

                continue; // opened meanwhile by another batch of the month: re-judge it
            }

            if (ReviewFlow.Rejudge(stored.Case, flag, clock.GetUtcNow()) is not { } rejudged)
            {
                return;
            }

            (ReviewCase after, IReadOnlyList<LedgerPosting> postings) = ReviewFlow.ApplyAll(stored.Case, [rejudged]);
            if (await cases.CommitAsync(stored, after, [rejudged], postings, cancel).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new InvalidOperationException($"indicator case {key.CaseId} of {key.FacilityId} kept changing while it was re-judged");
    }
}
