namespace SmartReview.Application.Ports;

/// <summary>
/// The files of a batch: the upload, the chunk files cut from it (written in blocks, then committed), each chunk's
/// original line numbers, and per chunk the rejected records and the flags.
/// </summary>
public interface IBatchFiles
{
    Task SaveUploadAsync(string upload, Stream content, CancellationToken cancel);

    Task<Stream> OpenUploadAsync(string upload, CancellationToken cancel);

    /// <summary>Stages one block of a chunk file; <paramref name="block"/> numbers blocks from 0 in order.</summary>
    Task StageAsync(string staging, string chunkId, int block, ReadOnlyMemory<byte> data, CancellationToken cancel);

    /// <summary>Commits blocks 0..<paramref name="blocks"/>-1 as the chunk file (replacing any earlier one).</summary>
    Task CommitAsync(string staging, string chunkId, int blocks, CancellationToken cancel);

    Task<Stream> OpenChunkAsync(string staging, string chunkId, CancellationToken cancel);

    Task WriteAsync(string staging, string name, ReadOnlyMemory<byte> data, CancellationToken cancel);

    /// <summary>Writes a staging file from a stream (a file too large to hold in memory).</summary>
    Task UploadAsync(string staging, string name, Stream content, CancellationToken cancel);

    Task<byte[]?> ReadAsync(string staging, string name, CancellationToken cancel);

    /// <summary>Opens a file of the folder to read it as it downloads; null when there is none.</summary>
    Task<Stream?> OpenAsync(string staging, string name, CancellationToken cancel);

    Task DeleteFolderAsync(string staging, CancellationToken cancel);
}
