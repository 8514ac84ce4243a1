using System.CommandLine;
using SmartReview.Knowledge;
using SmartReview.Knowledge.Packs;
using SmartReview.Knowledge.Reporting;

namespace SmartReview.Cli.Commands;

/// <summary>
/// <c>knowledge import</c>: national knowledge-point batches (JSON Lines, in publication order) into knowledge files,
/// with an import report. A new batch is data: run the import again with it added. With <c>--pack</c> the pack follows
/// its knowledge: a rule for every new set, the version bumped (docs/knowledge-import.md).
/// </summary>
internal static class KnowledgeCommand
{
    public static Command Create()
    {
        var batches = new Argument<string[]>("batches") { Description = "NHSA knowledge-point files, oldest first", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Folder for the knowledge files (default: knowledge/ beside --pack)" };
        var pack = new Option<string?>("--pack") { Description = "Pack file to follow the knowledge: a rule for every new set, version bumped" };
        var report = new Option<string?>("--report") { Description = "Write the import report (Markdown) here; a .json beside it" };
        var childAge = new Option<int>("--child-max-age") { Description = "Oldest age in years that counts as a child", DefaultValueFactory = _ => 17 };
        var language = CommonOptions.Language();
        var import = new Command("import", "Import national knowledge points") { batches, output, pack, report, childAge, language };
        import.SetAction(result =>
        {
            CommonOptions.Apply(result, language);
            string[] files = result.GetValue(batches)!;
            string? packPath = result.GetValue(pack);
            string? missing = files.Append(packPath).FirstOrDefault(f => f is not null && !File.Exists(f));
            if (missing is not null)
            {
                Console.Error.WriteLine(CliText.Format("InputMissing", missing));
                return ExitCodes.InputMissing;
            }

            string? folder = result.GetValue(output) ?? (packPath is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(packPath))!, "knowledge"));
            if (folder is null)
            {
                Console.Error.WriteLine(CliText.Get("ImportNeedsOut"));
                return ExitCodes.Error;
            }

            var options = new ImportOptions { ChildMaxAgeYears = result.GetValue(childAge) };
            ImportReport imported = NhsaImport.Run(files, options, folder);
            if (result.GetValue(report) is { } path)
            {
                File.WriteAllText(path, imported.ToMarkdown());
                File.WriteAllText(Path.ChangeExtension(path, ".json"), imported.ToJson());
            }

            ImportTotals t = imported.Totals;
            Console.WriteLine(CliText.Format("ImportSummary", t.Read, t.Checkable, t.TextOnly, t.Withdrawals, t.Skipped, t.EntriesWritten,
                t.Reconciles ? "✓" : "✗", imported.ValidationErrors.Count));
            if (packPath is not null)
            {
                PackUpdate update = PackFollower.Follow(packPath, folder, imported, options);
                Console.WriteLine(CliText.Format("PackFollowed", update.VersionBefore, update.VersionAfter, update.RulesAdded.Count,
                    string.Join(", ", update.RulesAdded), update.RulesRemoved.Count, update.KnowledgeAdded.Count, update.KnowledgeRemoved.Count));
            }

            return t.Reconciles && imported.ValidationErrors.Count == 0 ? ExitCodes.Ok : ExitCodes.Error;
        });
        return new Command("knowledge", "Knowledge base: import national batches") { import };
    }
}
