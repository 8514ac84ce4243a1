namespace SmartReview.Rules.Settlements;

/// <summary>Tracks which required properties of one JSON object were present.</summary>
internal struct Required(string[] names)
{
    private int _seen;

    public void Mark(int index) => _seen |= 1 << index;

    public readonly void ThrowIfMissing(string prefix)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if ((_seen & (1 << i)) == 0)
            {
                throw new InvalidRecordException(prefix + names[i], "required field is missing");
            }
        }
    }
}
