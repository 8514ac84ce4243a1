namespace SmartReview.Knowledge.Mapping;

/// <summary>Reads one of the data files in <c>Data/</c>, embedded in the assembly, or a replacement file when given.</summary>
internal static class EmbeddedData
{
    public static string Read(string name, string? overridePath = null)
    {
        if (overridePath is not null)
        {
            return File.ReadAllText(overridePath);
        }

        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream($"SmartReview.Knowledge.Data.{name}")
            ?? throw new InvalidOperationException($"embedded data file {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
