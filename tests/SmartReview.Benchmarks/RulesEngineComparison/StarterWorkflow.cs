using System.Text.Json;
using RulesEngine.Models;
using SmartReview.Rules.Settlements;

namespace SmartReview.Benchmarks.RulesEngineComparison;

/// <summary>The starter rules written for Microsoft RulesEngine (starter-workflow.json): one lambda expression per rule, true when the rule fires.</summary>
internal static class StarterWorkflow
{
    public const string Name = "starter";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "RulesEngineComparison", "starter-workflow.json");

    public static global::RulesEngine.Models.Workflow[] Read() => JsonSerializer.Deserialize<global::RulesEngine.Models.Workflow[]>(File.ReadAllText(Path))!;

    /// <summary>The engine with the model's types registered so expressions may call their methods and name enum values.</summary>
    public static global::RulesEngine.RulesEngine CreateEngine() => new(Read(), new ReSettings
    {
        CustomTypes = [typeof(Dates), typeof(Person), typeof(LineItem), typeof(Diagnosis), typeof(Facility), typeof(Totals), typeof(Sex),
            typeof(CareSetting), typeof(ItemCategory), typeof(KnowledgeTables)],
    });
}
