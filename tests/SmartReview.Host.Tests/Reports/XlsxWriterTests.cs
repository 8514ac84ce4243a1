using System.Runtime.CompilerServices;
using SmartReview.Application.Reports;
using SmartReview.Host.Reports;

namespace SmartReview.Host.Tests.Reports;

/// <summary>The xlsx writer on its own: it streams (the client has bytes long before the last row is read), and fits widths.</summary>
public sealed class XlsxWriterTests
{
    private const int RowCount = 20_000;

    [Fact]
    public async Task WriteAsync_ManyRows_ClientHasBytesBeforeTheLastRowIsRead_InBoundedPieces()
    {
        // Arrange
        var client = new ClientStream();
        long sentBeforeTheEnd = -1;
        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken cancel = default)
        {
            for (int i = 0; i < RowCount; i++)
            {
                if (i == RowCount - 1)
                {
                    sentBeforeTheEnd = client.Length;
                }

                await Task.Yield();
                yield return [$"H1.F{i:D8}", i, i * 1.5m, "复核意见：病历记载不全，按规定扣减。"];
            }
        }

        var sheet = new ExportSheet("flags", ["CaseKey", "Sequence", "Amount", "Reason"], Rows(TestContext.Current.CancellationToken));

        // Act
        await using (var output = new DrainedStream(client))
        {
            await XlsxWriter.WriteAsync(sheet, output, TestContext.Current.CancellationToken);
        }

        // Assert
        Assert.True(sentBeforeTheEnd > client.Length / 2, $"only {sentBeforeTheEnd} of {client.Length} bytes sent before the last row");
        Assert.True(client.Writes > 10, $"{client.Writes} writes");
        Assert.True(client.LargestWrite < 4 * DrainedStream.Threshold, $"a write of {client.LargestWrite} bytes");
        XlsxSheet read = XlsxSheet.Read(client.ToArray());
        Assert.Equal(RowCount + 1, read.Rows.Count);
        Assert.Equal($"A1:D{RowCount + 1}", read.AutoFilter);
        Assert.Equal("H1.F00019999", read.Rows[^1][0]);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("SR-001", 6)]
    [InlineData("规则 Rule", 9)]
    [InlineData("第一行\nsecond line", 11)]
    [InlineData("（全角）", 8)]
    public void Width_WideCharactersCountTwo_LongestLineCounts(string text, int width) => Assert.Equal(width, ColumnWidths.Width(text));

    /// <summary>A response body that only takes asynchronous writes, as a server's does, and counts them.</summary>
    private sealed class ClientStream : Stream
    {
        private readonly MemoryStream _received = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _received.Length;

        public override long Position { get => _received.Length; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _received.ToArray();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _received.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
