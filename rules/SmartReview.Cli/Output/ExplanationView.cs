using System.Globalization;
using SmartReview.Rules.Engine;
using Spectre.Console;

namespace SmartReview.Cli.Output;

/// <summary>Prints an explanation: the rule, each condition (✓ holds / ✗ does not) with its values, then the flags.</summary>
internal static class ExplanationView
{
    public static void Print(Explanation e)
    {
        CultureInfo culture = CliText.Culture;
        AnsiConsole.MarkupLine(Markup.Escape(CliText.Format("ExplainHeader", e.Rule.Id, e.Rule.Name.In(culture.Name), e.Rule.Code ?? "—",
            SummaryView.FamilyName(e.Rule.Family), e.Pack, e.SettlementId)));
        AnsiConsole.MarkupLine(Markup.Escape(e.JudgedBy.In(culture.Name)));
        foreach (Condition condition in e.Conditions)
        {
            string mark = condition.Holds ? "[green]✓[/]" : "[grey]✗[/]";
            AnsiConsole.MarkupLine($"  {mark} {Markup.Escape(condition.Text(culture))}");
        }

        AnsiConsole.MarkupLine(e.Fired ? $"[yellow]{Markup.Escape(CliText.Get("Fired"))}[/]" : Markup.Escape(CliText.Get("NotFired")));
        foreach (Flag flag in e.Flags)
        {
            AnsiConsole.WriteLine($"  {flag.Id}  ¥{flag.Amount.ToString("N2", CultureInfo.InvariantCulture)}  [{string.Join(", ", flag.LineIds)}]");
            AnsiConsole.WriteLine("  " + flag.Message.In(culture.Name));
        }
    }
}
