using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;

namespace SmartReview.Workflow.Local;

/// <summary>
/// The gRPC channel from the Durable Task worker and client to the in-process sidecar. It exists before the sidecar
/// listens (the worker takes it when it is built): connections wait until <see cref="Listening"/> names the port.
/// </summary>
internal sealed class SidecarChannel : IDisposable
{
    private readonly TaskCompletionSource<IPEndPoint> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SidecarChannel()
    {
        var handler = new SocketsHttpHandler { ConnectCallback = ConnectAsync, EnableMultipleHttp2Connections = true };
        Channel = GrpcChannel.ForAddress("http://127.0.0.1", new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    public GrpcChannel Channel { get; }

    /// <summary>Called by the sidecar once it listens.</summary>
    public void Listening(IPEndPoint endpoint) => _endpoint.TrySetResult(endpoint);

    public void Dispose() => Channel.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        IPEndPoint endpoint = await _endpoint.Task.WaitAsync(cancel).ConfigureAwait(false);
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancel).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
