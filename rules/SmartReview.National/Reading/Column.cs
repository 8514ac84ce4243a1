namespace SmartReview.National.Reading;

/// <summary>A column found in a file's header: its position and its name as written there (lower case).</summary>
internal readonly record struct Column(int Ordinal, string Name)
{
    public static readonly Column Absent = new(-1, "");

    public bool Present => Ordinal >= 0;
}
