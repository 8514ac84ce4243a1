using SmartReview.Rules.Engine;
using SmartReview.Synthetic;

namespace SmartReview.Benchmarks.Support;

/// <summary>Synthetic settlements from the generator with its default (seed-city) options and a fixed seed.</summary>
internal static class SyntheticData
{
    public static GeneratorOptions Options(int count, int seed, int spanDays = 366) => new() { Count = count, Seed = seed, SpanDays = spanDays };

    /// <summary>Writes <paramref name="count"/> settlements to <paramref name="path"/>; the ground truth is discarded.</summary>
    public static GenerationResult WriteFile(CompiledPack pack, int count, int seed, string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        return SyntheticBatch.Write(pack, Options(count, seed), output, Stream.Null);
    }

    /// <summary>The settlements' JSON lines, each its own array, for measures that keep the input in memory.</summary>
    public static List<byte[]> Lines(CompiledPack pack, int count, int seed)
    {
        using var buffer = new MemoryStream();
        SyntheticBatch.Write(pack, Options(count, seed), buffer, Stream.Null);
        var lines = new List<byte[]>(count);
        ReadOnlySpan<byte> rest = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? rest : rest[..end];
            if (!line.IsEmpty)
            {
                lines.Add(line.ToArray());
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return lines;
    }
}
