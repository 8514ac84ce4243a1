using SmartReview.Knowledge.Import;

namespace SmartReview.Knowledge.Tests.Support;

/// <summary>One import of the real NHSA file into a temporary folder, shared by the tests that read it (about a second).</summary>
public sealed class RealImport
{
    public RealImport()
    {
        Assert.True(File.Exists(Paths.NhsaPoints), $"the national knowledge points are not at {Paths.NhsaPoints}; set NHSA_KNOWLEDGE_POINTS");
        Folder = Paths.TempFolder();
        Run = NhsaImport.Execute([Paths.NhsaPoints], new ImportOptions(), Folder);
    }

    internal ImportRun Run { get; }

    public string Folder { get; }
}
