using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

/// <summary>
/// TestData/Packs/many-errors holds one problem per rule or knowledge entry; loading it must report each, naming the
/// rule (or entry) and the field, all in one <see cref="PackLoadException"/>.
/// </summary>
public sealed class PackValidationTests
{
    private static readonly Lazy<PackLoadException> ManyErrors = new(() => LoadFailing("many-errors"));

    /// <summary>Every error the many-errors pack must report: where (rule, entry or pack) and field.</summary>
    public static readonly TheoryData<string, string> Expected = new()
    {
        { "rule R-FAMILY", "family" },
        { "rule R-NOSET", "knowledge" },
        { "rule R-BADSET", "knowledge" },
        { "rule R-TYPE", "parameters.interval_days" },
        { "rule R-RANGE", "parameters.interval_days" },
        { "rule R-BOOL", "parameters.same_facility" },
        { "rule R-THRESHOLD", "parameters.threshold" },
        { "rule R-NOTHRESHOLD", "parameters.threshold" },
        { "rule R-WINDOW", "parameters.window" },
        { "rule R-SHARE", "parameters.min_exam_lab_share" },
        { "rule R-SHARE", "parameters.max_stay_days" },
        { "rule R-TOLERANCE", "parameters.tolerance_days" },
        { "rule R-NAME", "name.en" },
        { "rule R-NONAME", "name" },
        { "rule R-DUP", "id" },
        { "rule R-FROM", "effective.from" },
        { "rule R-TO", "effective.to" },
        { "rule R-NOEFFECTIVE", "effective" },
        { "rule R-RESULT", "result" },
        { "rule R-SEVERITY", "severity" },
        { "rule R-SCOPE", "scope.levels" },
        { "rule R-SCOPE", "scope.schemes" },
        { "rule R-SCOPE", "scope.settings" },
        { "rule R-ENABLED", "enabled" },
        { "rules[26]", "id" },
        { "knowledge K-SEX-X", "attributes.sex" },
        { "knowledge K-SEX-NONE", "attributes.sex" },
        { "knowledge K-UNKNOWN", "sex" },
        { "knowledge K-CODES", "codes" },
        { "knowledge K-NOCODES", "codes" },
        { "knowledge K-CAPS-4", "attributes.caps.4" },
        { "knowledge K-CAPS-NEG", "attributes.caps.1" },
        { "knowledge K-CAPS-NEG", "attributes.cap" },
        { "knowledge K-CAPS-NONE", "attributes.cap" },
        { "knowledge K-AGE", "attributes.max_age_years" },
        { "knowledge K-QTY", "attributes.max_quantity" },
        { "knowledge K-PAIR", "attributes.excludes" },
        { "knowledge unreadable.jsonl:2", "(json)" },
        { "(pack)", "knowledge" },
    };

    private static PackLoadException LoadFailing(string name) =>
        Assert.Throws<PackLoadException>(() => PackCompiler.Load(TestFiles.Data("Packs", name, "pack.json")));

    /// <summary>"knowledge K1 (items.jsonl:3)" → "knowledge K1": where without the file position.</summary>
    private static string Entity(PackError e) => e.Where.StartsWith("knowledge K", StringComparison.Ordinal) && e.Where.EndsWith(')')
        ? e.Where[..e.Where.IndexOf(" (", StringComparison.Ordinal)] : e.Where;

    [Theory]
    [MemberData(nameof(Expected))]
    public void Load_PackWithManyProblems_ReportsEachByWhereAndField(string where, string field)
    {
        // Act
        PackLoadException error = ManyErrors.Value;

        // Assert
        PackError[] found = [.. error.Errors.Where(e => Entity(e) == where && e.Field == field)];
        Assert.Equal((where, field) == ("rule R-SCOPE", "scope.levels") ? 2 : 1, found.Length);
        Assert.All(found, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.All(found, f => Assert.Contains(f.ToString(), error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PackWithManyProblems_ReportsNothingElse()
    {
        // Arrange
        string[] expected = [.. Expected.Select(row => $"{row.Data.Item1} | {row.Data.Item2}"), "rule R-SCOPE | scope.levels"];

        // Act
        string[] actual = [.. ManyErrors.Value.Errors.Select(e => $"{Entity(e)} | {e.Field}")];

        // Assert
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_MissingKnowledgeFile_NamesTheFile()
    {
        // Act
        PackError error = Assert.Single(ManyErrors.Value.Errors, e => e.Where == "(pack)" && e.Field == "knowledge");

        // Assert
        Assert.Contains("missing.jsonl", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KnowledgeLoaderError_NamesTheFileAndLine()
    {
        // Act
        PackError error = Assert.Single(ManyErrors.Value.Errors, e => e.Field == "sex");

        // Assert
        Assert.Equal("knowledge K-UNKNOWN (items.jsonl:3)", error.Where);
    }

    [Fact]
    public void Load_ParameterOfTheWrongType_SaysWhatWasFound()
    {
        // Act
        PackError error = Assert.Single(ManyErrors.Value.Errors, e => e.Where == "rule R-TYPE");

        // Assert
        Assert.Equal("rule R-TYPE: parameters.interval_days: expected a whole number from 0 to 365, found \"15\"", error.ToString());
    }

    [Fact]
    public void Load_UnreadableJson_ReportsThePackJson()
    {
        // Act
        PackLoadException error = LoadFailing("unreadable");

        // Assert
        PackError only = Assert.Single(error.Errors);
        Assert.Equal(("(pack)", "(json)"), (only.Where, only.Field));
    }

    [Fact]
    public void Load_EmptyObject_ReportsEachMissingTopLevelField()
    {
        // Act
        PackLoadException error = LoadFailing("empty-object");

        // Assert
        Assert.Equal(["pack", "rules", "version"], error.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(error.Errors, e => Assert.Equal("(pack)", e.Where));
    }

    [Fact]
    public void Load_LoaderAndCompilerProblems_AreReportedTogether()
    {
        // Act: R-NAME lacks name.en (found when reading), R-FAMILY names an unknown family (found when compiling)
        PackLoadException error = LoadFailing("mixed-phases");

        // Assert
        Assert.Equal(["rule R-FAMILY | family", "rule R-NAME | name.en"], error.Errors.Select(e => $"{e.Where} | {e.Field}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compile_PackBuiltInCode_ReportsEveryRuleProblem()
    {
        // Arrange
        RulePack pack = TestPacks.Pack(
        [
            TestPacks.Rule("R1", "no_such_family"),
            TestPacks.Rule("R2", "sex_restricted_item", knowledge: null),
            TestPacks.Rule("R3", "split_admission", knowledge: null, parameters: """{"interval_days":-1}"""),
            TestPacks.Rule("R4", "sex_restricted_item"),
        ], [TestPacks.Entry("K1", "药", """{"sex":"X"}""", "XA10*")]);

        // Act
        PackLoadException error = Assert.Throws<PackLoadException>(() => PackCompiler.Compile(pack));

        // Assert
        Assert.Equal(["knowledge K1 | attributes.sex", "rule R1 | family", "rule R2 | knowledge", "rule R3 | parameters.interval_days"],
            error.Errors.Select(e => $"{e.Where} | {e.Field}").Order(StringComparer.Ordinal));
        Assert.StartsWith("rule pack is invalid (4 error(s))", error.Message, StringComparison.Ordinal);
    }
}
