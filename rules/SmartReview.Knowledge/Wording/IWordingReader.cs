namespace SmartReview.Knowledge.Wording;

/// <summary>Reads one kind of attribute out of a point's wording (sex, age band, level…). One class per kind.</summary>
internal interface IWordingReader
{
    /// <summary>The name rule-map.json uses in its <c>reader</c> column.</summary>
    string Name { get; }

    Structure Read(WordingInput input);
}
