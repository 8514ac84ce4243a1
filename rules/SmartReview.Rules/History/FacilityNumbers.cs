namespace SmartReview.Rules.History;

/// <summary>
/// Numbers facility ids in the order first seen, so that a stay keeps an <c>int</c> instead of a string. Never
/// forgets a facility: a region has thousands, not millions.
/// </summary>
internal sealed class FacilityNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public int Number(string facilityId)
    {
        if (!_numbers.TryGetValue(facilityId, out int number))
        {
            number = _ids.Count;
            _ids.Add(facilityId);
            _numbers.Add(facilityId, number);
        }

        return number;
    }

    public string Id(int number) => _ids[number];
}
