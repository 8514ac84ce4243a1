using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace SmartReview.Storage.Queues;

/// <summary>
/// Receives a queue's messages and hands each to a handler, for hosts that are not Azure Functions (whose queue
/// trigger does the same). A message is deleted only after its handler succeeds; a failed one comes back after a
/// growing delay; one received more than <see cref="MaxDequeueCount"/> times is moved to the poison queue and given
/// to <c>poisoned</c> (which should not throw: the message leaves the queue either way). A received message stays hidden from other receivers for <c>visibility</c> (default 5 minutes):
/// if its process dies, that is how long until another one gets it.
/// </summary>
public sealed class QueuePump<T>(StorageQueue<T> queue, QueueClient poison, Func<T, CancellationToken, Task> handle,
    Func<T, string, CancellationToken, Task> poisoned, int concurrency = 4, TimeSpan? maxBackoff = null, TimeSpan? visibility = null)
{
    public const int MaxDequeueCount = 5;
    private static readonly TimeSpan DefaultVisibility = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        using var slots = new SemaphoreSlim(concurrency);
        var running = new List<Task>();
        while (!cancel.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.Client.ReceiveMessagesAsync(concurrency, visibility ?? DefaultVisibility, cancel).ConfigureAwait(false)).Value;
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (messages.Length == 0)
            {
                await Task.Delay(Idle, cancel).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                continue;
            }

            foreach (QueueMessage message in messages)
            {
                await slots.WaitAsync(cancel).ConfigureAwait(false);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await ProcessAsync(message, cancel).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }

            running.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    /// <summary>
    /// Handles one message: deletes it on success, delays it on failure, moves it to poison when it failed too often
    /// or cannot be read. A message whose visibility ran out while it was handled (another receiver has it now) is left alone.
    /// </summary>
    public async Task ProcessAsync(QueueMessage message, CancellationToken cancel)
    {
        try
        {
            T? body = Read(message);
            if (body is null || message.DequeueCount > MaxDequeueCount)
            {
                await poison.SendMessageAsync(message.Body, cancellationToken: cancel).ConfigureAwait(false);
                try
                {
                    if (body is not null)
                    {
                        await poisoned(body, $"failed {MaxDequeueCount} times", cancel).ConfigureAwait(false);
                    }
                }
                finally
                {
                    // In the poison queue now, whether or not its consumer could record that: never poisoned twice.
                    await queue.Client.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancel).ConfigureAwait(false);
                }

                return;
            }

            try
            {
                await handle(body, cancel).ConfigureAwait(false);
                await queue.Client.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancel.IsCancellationRequested && e is not RequestFailedException { Status: 404 })
            {
                TimeSpan backoff = TimeSpan.FromSeconds(Math.Min((maxBackoff ?? TimeSpan.FromMinutes(1)).TotalSeconds, 1 << (int)Math.Min(6, message.DequeueCount)));
                await queue.Client.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backoff, cancellationToken: cancel).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    private T? Read(QueueMessage message)
    {
        try
        {
            return JsonSerializer.Deserialize(message.Body.ToMemory().Span, queue.Type);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
