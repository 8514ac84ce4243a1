using System.Text.Json;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Indicators;

namespace SmartReview.Cli.Output;

/// <summary>Writes facility indicator flags as JSON Lines.</summary>
internal static class FacilityFlagFile
{
    public static async Task Write(string path, IReadOnlyList<FacilityFlag> flags, CancellationToken cancel)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        foreach (FacilityFlag flag in flags)
        {
            await using (var writer = new Utf8JsonWriter(file, FlagJson.Options))
            {
                FlagJson.Write(writer, flag);
            }

            file.WriteByte((byte)'\n');
        }

        await file.FlushAsync(cancel);
    }
}
