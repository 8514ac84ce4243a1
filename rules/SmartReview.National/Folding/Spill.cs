using System.Collections.Concurrent;
using SmartReview.National.Partitions;
using SmartReview.National.Reading;
using SmartReview.National.Reading.Csv;
using SmartReview.National.Rows;
using SmartReview.National.Sources;

namespace SmartReview.National.Folding;

/// <summary>
/// Pass 1: streams each file once and writes every row, read and checked, to a partition file: visits and settlements
/// by the hash of <c>mdtrt_id</c> (for the visit join), fee lines, diagnoses and operations by the hash of
/// <c>setl_id</c>. A row without its key cannot be joined and is rejected here. Blocks of rows are parsed on every
/// core; their records and counts are applied in file order, so the partition files are the same on any machine.
/// </summary>
internal sealed class Spill(FoldOptions options, NationalDictionaries dictionaries, PartitionSet byVisit, PartitionSet bySettlement, IReadOnlyList<string> files,
    FoldResult result, IFoldRejects sink)
{
    private readonly ConcurrentBag<BlockOutput> _outputs = [];

    /// <summary>The table a file holds, read from its header alone.</summary>
    public static NationalTable Recognise(ExtractFile file, FoldOptions options)
    {
        using var reader = new CsvBlockReader(file.Open(), options.Encoding);
        return Recognise(new HeaderMap(reader.Header, file.Name));
    }

    public void Read(ExtractFile file, int index, CancellationToken cancel)
    {
        using var reader = new CsvBlockReader(file.Open(), options.Encoding);
        var header = new HeaderMap(reader.Header, file.Name);
        NationalTable table = Recognise(header);
        _ = new BlockParser(table, header, dictionaries, index); // a required column missing fails here, before any row is read
        int workers = options.WorkerCount;
        var pending = new Queue<Task<BlockOutput>>();
        while (Next(reader, table, file.Name) is { } block)
        {
            cancel.ThrowIfCancellationRequested();
            pending.Enqueue(Task.Run(() => Parse(block, reader, table, header, index, file.Name), cancel));
            while (pending.Count > workers + 1 || pending.Peek().IsCompleted)
            {
                Apply(pending.Dequeue().GetAwaiter().GetResult());
                if (pending.Count == 0)
                {
                    break;
                }
            }
        }

        while (pending.Count > 0)
        {
            Apply(pending.Dequeue().GetAwaiter().GetResult());
        }

        result.Tables[table].Files++;
    }

    private static NationalTable Recognise(HeaderMap header) => TableRecognizer.Recognise(header) ?? throw new NationalExtractException(
        $"{header.File}: not a table of the national extract (its header has none of feedetl_sn, oprn_oprt_code, diag_code, setl_id with medfee_sumamt, mdtrt_id with begntime)");

    private static CsvBlock? Next(CsvBlockReader reader, NationalTable table, string file)
    {
        try
        {
            return reader.Next();
        }
        catch (InvalidDataException e)
        {
            throw new NationalExtractException($"{TableNames.Of(table)} ({file}): not valid CSV ({e.Message})");
        }
    }

    private BlockOutput Parse(CsvBlock block, CsvBlockReader reader, NationalTable table, HeaderMap header, int index, string file)
    {
        using (block)
        {
            BlockOutput output = _outputs.TryTake(out BlockOutput? reused) ? reused : new BlockOutput(byVisit.Count, files);
            var parser = new BlockParser(table, header, dictionaries, index);
            (byte[] bytes, int length) = block.Utf8(reader.Encoding);
            long line = block.FirstRow;
            int at = 0;
            try
            {
                for (; parser.Record.Read(bytes, length, ref at); line++)
                {
                    if (!parser.Record.IsBlank)
                    {
                        output.Tally.Received(table);
                        parser.Read(new RowRef(index, line), output);
                    }
                }
            }
            catch (InvalidDataException e)
            {
                throw new NationalExtractException($"{TableNames.Of(table)} ({file}): not valid CSV at row {line} ({e.Message})");
            }

            return output;
        }
    }

    /// <summary>A block's records to the partition files and its counts and rejects to the result, in file order.</summary>
    private void Apply(BlockOutput output)
    {
        output.Visit.MoveTo(byVisit);
        output.Settlement.MoveTo(bySettlement);
        output.Tally.Commit(result, sink);
        _outputs.Add(output);
    }
}
