using System.Buffers;
using System.Text;
using System.Text.Json;
using SmartReview.Application.History;
using SmartReview.Review;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Parses and scores the lines of one chunk in order against one pack, on the batch's basis, and the chunk's bucket
/// history. A line the splitter found repeating a settlement id (<paramref name="duplicates"/>: its line → the line first
/// seen on) is rejected unscored.
/// </summary>
public static class ChunkScoring
{
    public static async Task<ScoredChunk> ScoreAsync(Stream chunk, IReadOnlyList<long> lineNumbers, CompiledPack pack, ScreeningBasis basis,
        BucketStayHistory history, CancellationToken cancel, IReadOnlyDictionary<long, long>? duplicates = null)
    {
        Scorer scorer = pack.CreateScorer(history);
        var parser = new SettlementParser(recycle: true); // each settlement is scored and dropped before the next is parsed
        var flags = new List<FlagSummary>();
        var rejects = new List<Reject>();
        var facilities = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = new ArrayBufferWriter<byte>(1 << 16);
        var flagged = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(json, FlagJson.Options);
        long received = 0, accepted = 0;
        decimal atStake = 0m;
        var reader = new LineBatchReader(chunk, 4 << 20, skipByteOrderMark: false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false) is { } batch)
        {
            using (batch)
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    received++;
                    ReadOnlySpan<byte> line = batch.Line(i);
                    long number = lineNumbers[(int)(batch.LineNumber(i) - 1)];
                    if (duplicates is not null && duplicates.TryGetValue(number, out long first))
                    {
                        string id = DuplicateIds.IdOf(line) ?? "";
                        rejects.Add(new Reject(number, id, DuplicateIds.Field, DuplicateIds.Reason(id, first), Encoding.UTF8.GetString(line)));
                        continue;
                    }

                    ParseResult parsed = parser.Parse(line);
                    if (!parsed.Ok)
                    {
                        rejects.Add(new Reject(number, parsed.SettlementId, parsed.Error!.Field, parsed.Error.Reason, Encoding.UTF8.GetString(line)));
                        continue;
                    }

                    accepted++;
                    bool kept = false;
                    foreach (Flag flag in scorer.Score(parsed.Settlement!, basis))
                    {
                        if (!kept)
                        {
                            // The raw line, once, for the case page: only settlements with a flag are kept.
                            flagged.Write(line);
                            flagged.Write("\n"u8);
                            kept = true;
                            Facility facility = parsed.Settlement!.Facility;
                            facilities.TryAdd(facility.Id, facility.Name);
                        }

                        flags.Add(Summary(flag, history.Find(flag.SettlementId)?.Discharge ?? parsed.Settlement!.DischargeDate));
                        atStake += flag.Amount;
                        FlagJson.Write(writer, flag);
                        writer.Flush();
                        json.Write("\n"u8);
                        writer.Reset(json);
                    }
                }
            }
        }

        var totals = new BatchTotals(received, accepted, rejects.Count, flags.Count, atStake);
        IReadOnlyList<Rules.Indicators.FacilityMonth> indicators = pack.HasIndicators ? scorer.TakeIndicators().ToRecords(pack) : [];
        return new ScoredChunk(flags, rejects, totals, json.WrittenSpan.ToArray(), flagged.WrittenSpan.ToArray(), indicators, facilities);
    }

    private static FlagSummary Summary(Flag f, DateOnly discharge) =>
        new(f.Id, f.SettlementId, f.FacilityId, f.PersonId, f.RuleId, f.Pack, f.Result == ResultType.Definite, f.Amount, f.LineIds,
            f.Message.ZhCn, f.Message.En, f.KnowledgeId, f.RelatedSettlementId, discharge, f.Basis.ToString(), f.Ceiling, f.FundAmount,
            f.Doctor, f.LineDoctors);
}
