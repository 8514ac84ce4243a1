namespace SmartReview.Rules.Settlements;

/// <summary>Tracks which required properties of one JSON object were present.</summary>
internal struct Required(string[] names)
{
    private int _seen;

    public void Mark(int index) => _seen |= 1 << index;

    public readonly void ThrowIfMissing(string prefix)
    {
        if (Missing() is { } name)
        {
            throw new InvalidRecordException(prefix + name, "required field is missing");
        }
    }

    /// <summary>For an element of an array: its path is formatted only if a property is missing.</summary>
    public readonly void ThrowIfMissing(in FieldPath element)
    {
        if (Missing() is { } name)
        {
            throw new InvalidRecordException(element.Prefix + name, "required field is missing");
        }
    }

    private readonly string? Missing()
    {
        int all = (1 << names.Length) - 1;
        if ((_seen & all) == all)
        {
            return null;
        }

        for (int i = 0; i < names.Length; i++)
        {
            if ((_seen & (1 << i)) == 0)
            {
                return names[i];
            }
        }

        return null;
    }
}
