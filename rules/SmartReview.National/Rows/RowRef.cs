namespace SmartReview.National.Rows;

/// <summary>Where a row came from: the file's index in the extract and its line number (header = 1, first row = 2).</summary>
internal readonly record struct RowRef(int File, long Line) : IComparable<RowRef>
{
    public int CompareTo(RowRef other) => File != other.File ? File.CompareTo(other.File) : Line.CompareTo(other.Line);
}
