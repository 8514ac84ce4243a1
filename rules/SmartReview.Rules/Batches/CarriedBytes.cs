namespace SmartReview.Rules.Batches;

/// <summary>
/// <see cref="LineBatchReader"/>'s reading: a pooled buffer that starts with the bytes the last batch left over (an
/// unfinished line) and is filled from the input; what the next batch must start with is kept again.
/// </summary>
internal sealed class CarriedBytes(Stream input)
{
    private byte[] _carry = [];

    /// <summary>Bytes left over from the last batch.</summary>
    public ReadOnlySpan<byte> Carried => _carry.AsSpan(0, Length);

    public int Length { get; private set; }

    /// <summary>A buffer of at least <paramref name="size"/> bytes: the carried bytes, then the input; <c>Done</c> when the input ended.</summary>
    public async ValueTask<(byte[] Buffer, int Filled, bool Done)> FillAsync(int size, CancellationToken cancel)
    {
        byte[] buffer = LineBatch.Buffers.Rent(size);
        Carried.CopyTo(buffer);
        int filled = Length;
        int read;
        while (filled < buffer.Length && (read = await input.ReadAsync(buffer.AsMemory(filled), cancel).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        return (buffer, filled, filled < buffer.Length);
    }

    /// <summary>Keeps <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="start"/> for the next batch.</summary>
    public void Keep(byte[] buffer, int start, int length)
    {
        if (_carry.Length < length)
        {
            _carry = new byte[Math.Max(length, _carry.Length * 2)];
        }

        buffer.AsSpan(start, length).CopyTo(_carry);
        Length = length;
    }
}
