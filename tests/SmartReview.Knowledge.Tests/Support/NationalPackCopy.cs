using SmartReview.Knowledge.Import;

namespace SmartReview.Knowledge.Tests.Support;

/// <summary>A copy of rules/packs/national/ (pack.json and its knowledge) in a fresh folder, for tests that change it.</summary>
internal static class NationalPackCopy
{
    public static string Create()
    {
        string folder = Paths.TempFolder();
        string national = Path.Combine(Paths.Repository, "rules", "packs", "national");
        Directory.CreateDirectory(Path.Combine(folder, "knowledge"));
        File.Copy(Path.Combine(national, "pack.json"), Path.Combine(folder, "pack.json"));
        foreach (string file in Directory.GetFiles(Path.Combine(national, "knowledge"), "*.jsonl"))
        {
            File.Copy(file, Path.Combine(folder, "knowledge", Path.GetFileName(file)));
        }

        return Path.Combine(folder, "pack.json");
    }

    /// <summary>Imports the real file and then the test batches into the copy's knowledge folder (an import is always
    /// over every batch) and lets the pack follow.</summary>
    public static (ImportRun Run, SmartReview.Knowledge.Packs.PackUpdate Update) Import(string packPath, params string[] batches)
    {
        string knowledge = Path.Combine(Path.GetDirectoryName(packPath)!, "knowledge");
        ImportRun run = NhsaImport.Execute([Paths.NhsaPoints, .. batches.Select(b => Paths.TestData("batches", b))], new ImportOptions(), knowledge);
        return (run, SmartReview.Knowledge.Packs.PackFollower.Follow(packPath, knowledge, run.Report, new ImportOptions()));
    }
}
