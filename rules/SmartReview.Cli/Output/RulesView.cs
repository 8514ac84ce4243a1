using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using Spectre.Console;

namespace SmartReview.Cli.Output;

/// <summary>Tables for the rules command.</summary>
internal static class RulesView
{
    public static void List(CompiledPack pack)
    {
        string culture = CliText.Culture.Name;
        var table = new Table().Title(Markup.Escape(CliText.Format("RulesTitle", pack.Label, pack.Source.Extends ?? "—", pack.Rules.Count)))
            .AddColumn(CliText.Get("RuleId")).AddColumn(CliText.Get("RuleCode")).AddColumn(CliText.Get("RuleName")).AddColumn(CliText.Get("Family"))
            .AddColumn(CliText.Get("Result")).AddColumn(CliText.Get("Severity")).AddColumn(CliText.Get("Enabled")).AddColumn(CliText.Get("From"));
        foreach (RuleDefinition r in pack.Rules.Select(r => r.Definition))
        {
            table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Code ?? "—"), Markup.Escape(r.Name.In(culture)), Markup.Escape(r.Family),
                Texts.Localize(r.Result).In(culture), Texts.Localize(r.Severity).In(culture), r.Enabled ? "✓" : "✗", Markup.Escape(r.Pack ?? pack.Label));
        }

        AnsiConsole.Write(table);
        var families = new Table().AddColumn(CliText.Get("Family")).AddColumn(new TableColumn(CliText.Get("Rules")).RightAligned());
        foreach (IGrouping<string, CompiledRule> family in pack.Rules.GroupBy(r => r.Definition.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            families.AddRow(Markup.Escape(SummaryView.FamilyName(family.Key)), family.Count().ToString());
        }

        AnsiConsole.Write(families);
    }

    public static void Diff(RulePack before, RulePack after, PackDiff diff)
    {
        AnsiConsole.WriteLine(CliText.Format("DiffHeader", before.Label, after.Label));
        if (diff.IsEmpty)
        {
            AnsiConsole.WriteLine(CliText.Get("DiffNone"));
            return;
        }

        string culture = CliText.Culture.Name;
        foreach (RuleDefinition r in diff.Added)
        {
            AnsiConsole.MarkupLine($"[green]+ {Markup.Escape($"{r.Id} {r.Name.In(culture)} ({r.Family})")}[/]");
        }

        foreach (RuleDefinition r in diff.Removed)
        {
            AnsiConsole.MarkupLine($"[red]- {Markup.Escape($"{r.Id} {r.Name.In(culture)} ({r.Family})")}[/]");
        }

        foreach (RuleChange change in diff.Changed)
        {
            AnsiConsole.MarkupLine($"[yellow]~ {Markup.Escape(change.RuleId)}[/]");
            foreach ((string field, string was, string now) in change.Fields)
            {
                AnsiConsole.WriteLine($"    {field}: {(was.Length == 0 ? "—" : was)} → {(now.Length == 0 ? "—" : now)}");
            }
        }

        AnsiConsole.WriteLine(CliText.Format("DiffKnowledge", diff.KnowledgeAdded.Count, diff.KnowledgeRemoved.Count, diff.KnowledgeChanged.Count));
    }
}
