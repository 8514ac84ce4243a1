using System.CommandLine;
using SmartReview.Cli.Output;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;

namespace SmartReview.Cli.Commands;

/// <summary>
/// <c>explain</c>: every condition one rule checked on one settlement, with its values, and why it did or did not
/// fire, on the screening basis chosen. For rules that read history, the other settlements of the file are the history.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "Settlement file (JSON Lines)" };
        var settlement = new Option<string>("--settlement") { Description = "Settlement id", Required = true };
        var rule = new Option<string>("--rule") { Description = "Rule id", Required = true };
        var pack = CommonOptions.Pack();
        var language = CommonOptions.Language();
        var asOf = CommonOptions.AsOf();
        var basis = CommonOptions.Basis();
        var command = new Command("explain", "Explain one rule on one settlement") { input, settlement, rule, pack, language, asOf, basis };
        command.SetAction(async (result, cancel) =>
        {
            CommonOptions.Apply(result, language);
            if (CommonOptions.Basis(result, basis, asOf) is not { } chosen)
            {
                return ExitCodes.Error;
            }

            return await Run(result.GetValue(input)!, result.GetValue(settlement)!, result.GetValue(rule)!, result.GetValue(pack)!, chosen, cancel);
        });
        return command;
    }

    private static async Task<int> Run(string file, string settlementId, string ruleId, string packPath, ScreeningBasis basis, CancellationToken cancel)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine(CliText.Format("InputMissing", file));
            return ExitCodes.InputMissing;
        }

        CompiledPack? pack = PackFiles.TryLoad(packPath);
        if (pack is null)
        {
            return ExitCodes.PackInvalid;
        }

        CompiledRule? rule = pack.Find(ruleId);
        if (rule is null)
        {
            Console.Error.WriteLine(CliText.Format("RuleUnknown", ruleId, pack.Label, string.Join(", ", pack.Rules.Select(r => r.Definition.Id))));
            return ExitCodes.Error;
        }

        var history = new InMemoryStayHistory(retentionDays: int.MaxValue / 2);
        Settlement? target = await Find(file, settlementId, rule.HistoryWindowDays > 0 ? history : null, pack.HistoryWindowDays, cancel);
        if (target is null)
        {
            Console.Error.WriteLine(CliText.Format("SettlementNotFound", settlementId, file));
            return ExitCodes.Error;
        }

        ExplanationView.Print(pack.CreateScorer(history).Explain(target, ruleId, basis));
        return ExitCodes.Ok;
    }

    /// <summary>Streams the file for the settlement; admits every other valid settlement to <paramref name="history"/> if given.</summary>
    private static async Task<Settlement?> Find(string file, string id, IStayHistory? history, int windowDays, CancellationToken cancel)
    {
        var parser = new SettlementParser();
        Settlement? target = null;
        await using var input = File.OpenRead(file);
        var reader = new LineBatchReader(input);
        while (await reader.ReadAsync(cancel) is { } batch)
        {
            using (batch)
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    Rules.Settlements.ParseResult parsed = parser.Parse(batch.Line(i));
                    if (!parsed.Ok)
                    {
                        continue;
                    }

                    if (parsed.Settlement.Id == id)
                    {
                        target = parsed.Settlement;
                    }
                    else
                    {
                        history?.Admit(StayRecord.Of(parsed.Settlement), windowDays);
                    }
                }
            }

            if (target is not null && history is null)
            {
                break;
            }
        }

        return target;
    }
}
