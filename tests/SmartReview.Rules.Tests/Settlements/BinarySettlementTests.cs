using System.Text;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Settlements;

public sealed class BinarySettlementTests
{
    private static Settlement Big() => new SettlementBuilder().WithId("S-大").WithDiagnosis("K80.000").WithDiagnosis("I10.x05")
        .WithOperation("51.2300", SettlementBuilder.China("2024-03-02 10:00")).WithOperation("00.6600x001")
        .WithLine("1", "001103000030000", quantity: 3, unitPrice: 12.5m)
        .WithLine("2", "XA02BCS004B001010100004", quantity: 0.5m, unitPrice: 26.18m, uploadedAt: SettlementBuilder.China("2024-03-06 08:00"))
        .WithLine("10", "C12345678901234567890123456", quantity: 1, unitPrice: 79228162514264.33m)
        .Build();

    private static Settlement Small() => new SettlementBuilder().WithId("S2").WithDiagnosis("J18.900").WithLine("1", "001103000030000").Build();

    private static string Json(Settlement s)
    {
        using var stream = new MemoryStream();
        using (var writer = new SettlementWriter(stream))
        {
            writer.Write(s);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] Binary(Settlement s)
    {
        var w = new ByteWriter(16);
        SettlementBinary.Write(w, s);
        return w.Written.ToArray();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhatWasWritten_SameSettlement(bool recycle)
    {
        var reader = new BinarySettlementReader(recycle);

        // Big then small then big: a recycling reader reuses its lines and must show only the record's own.
        foreach (Settlement s in new[] { Big(), Small(), Big() })
        {
            ParseResult read = reader.Parse(Binary(s));

            Assert.True(read.Ok);
            Assert.Equal(Json(s), Json(read.Settlement));
        }
    }

    [Fact]
    public void Decimal_WideAndNegative_RoundTrip()
    {
        decimal[] values = [0m, -0.01m, 12.50m, 79228162514264337593543950335m, -1.0000000000000000000000000001m, 4294967296m];
        var w = new ByteWriter(4);
        foreach (decimal value in values)
        {
            w.Decimal(value);
        }

        var r = new ByteReader(w.Written);
        foreach (decimal value in values)
        {
            decimal read = r.Decimal();
            Assert.Equal(value, read);
            Assert.Equal(value.Scale, read.Scale);
        }

        Assert.True(r.End);
    }

    [Fact]
    public void Number_SmallAndLarge_RoundTripInFewBytesWhenSmall()
    {
        long[] values = [0, 1, 127, 128, 25_885_460, DateTime.MaxValue.Ticks + 1, long.MaxValue];
        var w = new ByteWriter(4);
        foreach (long value in values)
        {
            w.Number(value);
        }

        var r = new ByteReader(w.Written);
        foreach (long value in values)
        {
            Assert.Equal(value, r.Number());
        }

        Assert.True(r.End);
        Assert.Equal(1 + 1 + 1 + 2 + 4 + 9 + 9, w.Length);
        Assert.Throws<OverflowException>(() => w.Number(-1));
    }

    [Fact]
    public async Task RecordBatchChannel_RecordsSmallerAndLargerThanABatch_ReadWholeAndInOrder()
    {
        byte[][] records = [.. Enumerable.Range(0, 200).Select(i => Binary(i % 3 == 0 ? Big() : Small()))];
        var channel = new RecordBatchChannel(batchBytes: 300, capacity: 2);
        CancellationToken cancel = TestContext.Current.CancellationToken;
        Task producing = Task.Run(async () =>
        {
            foreach (byte[] record in records)
            {
                if (channel.Add(record))
                {
                    await channel.SendAsync(cancel);
                }
            }

            await channel.CompleteAsync(null, cancel);
        }, cancel);
        var seen = new List<byte[]>();
        long number = 0, sequence = -1;

        while (await channel.ReadAsync(cancel) is { } batch)
        {
            using (batch)
            {
                Assert.Equal(++sequence, batch.Sequence);
                for (int i = 0; i < batch.Count; i++)
                {
                    seen.Add(batch.Line(i).ToArray());
                    Assert.Equal(++number, batch.LineNumber(i));
                }
            }
        }

        await producing;
        Assert.Equal(records.Length, seen.Count);
        Assert.All(records.Zip(seen), pair => Assert.Equal(pair.First, pair.Second));
        Assert.True(sequence > 10, "several batches");
    }

    [Fact]
    public async Task RecordBatchChannel_ProducerFails_ReaderGetsItsError()
    {
        var channel = new RecordBatchChannel(batchBytes: 1 << 16);
        channel.Add(Binary(Small()));
        await channel.CompleteAsync(new InvalidDataException("the fold failed"), TestContext.Current.CancellationToken);

        InvalidDataException e = await Assert.ThrowsAsync<InvalidDataException>(async () => await channel.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal("the fold failed", e.Message);
    }
}
