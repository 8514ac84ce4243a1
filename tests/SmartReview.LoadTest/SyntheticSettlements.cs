using System.Text;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic;

namespace SmartReview.LoadTest;

/// <summary>Settlements to send: the synthetic generator's (starter pack, seed 2024, about a fifth with a planted violation), one JSON each.</summary>
internal static class SyntheticSettlements
{
    public static byte[][] Generate(int count)
    {
        CompiledPack pack = PackCompiler.Load(Path.Combine(AppContext.BaseDirectory, "packs", "starter", "pack.json"));
        var settlements = new MemoryStream();
        SyntheticBatch.Write(pack, new GeneratorOptions { Count = count, Seed = 2024 }, settlements, Stream.Null);
        return [.. Encoding.UTF8.GetString(settlements.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Encoding.UTF8.GetBytes)];
    }
}
