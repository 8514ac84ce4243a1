using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Shapes;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Import;

/// <summary>The rule table, framework table, wording readers and catalogue an import runs with: the embedded data or the files the options name.</summary>
internal sealed record ImportData(RuleMap Map, WordingReaders Readers, int CatalogueSize, FrameworkRules Framework, ShapeStep Shapes)
{
    public static ImportData Load(ImportOptions options)
    {
        var patterns = WordingPatterns.Parse(EmbeddedData.Read("wording-patterns.json", options.WordingPatternsPath));
        var catalogue = IndicationCatalogue.Parse(EmbeddedData.Read("indication-catalogue.jsonl", options.IndicationCataloguePath));
        RuleMap map = RuleMap.Load(EmbeddedData.Read("rule-map.json", options.RuleMapPath), WordingReaders.Names);
        var framework = FrameworkRules.Parse(EmbeddedData.Read("framework-rules.json"));
        return new ImportData(map, new WordingReaders(patterns, catalogue, options), catalogue.Phrases.Count, framework, new ShapeStep(new LogicShapes(patterns)));
    }
}
