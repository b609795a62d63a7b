using PuppeteerSharp.Transport;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// CDP over <c>--remote-debugging-pipe</c>: NUL-terminated JSON messages on two streams. (PuppeteerSharp's own
/// PipeTransport never delivered a message over FIFOs here, measured with 25.15.0.)
/// </summary>
internal sealed class FifoTransport : IConnectionTransport
{
    private readonly Stream _toBrowser;
    private readonly Stream _fromBrowser;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private volatile bool _closed;

    public FifoTransport(Stream toBrowser, Stream fromBrowser)
    {
        _toBrowser = toBrowser;
        _fromBrowser = fromBrowser;
        _ = Task.Run(ReadLoopAsync);
    }

    public event EventHandler<TransportClosedEventArgs>? Closed;

    public event EventHandler<MessageReceivedEventArgs>? MessageReceived;

    public bool IsClosed => _closed;

    public async Task SendAsync(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            await _toBrowser.WriteAsync(message).ConfigureAwait(false);
            await _toBrowser.WriteAsync(Terminator).ConfigureAwait(false);
            await _toBrowser.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    public void StopReading()
    {
        // The loop ends by itself at EOF, when the browser process dies.
    }

    public void Dispose()
    {
        _closed = true;
        _sending.Dispose();
    }

    private static ReadOnlyMemory<byte> Terminator { get; } = new byte[] { 0 };

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var pending = new MemoryStream();
        try
        {
            int read;
            while ((read = await _fromBrowser.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] == 0)
                    {
                        pending.Write(buffer, start, i - start);
                        MessageReceived?.Invoke(this, new MessageReceivedEventArgs(pending.ToArray()));
                        pending.SetLength(0);
                        start = i + 1;
                    }
                }

                pending.Write(buffer, start, read - start);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The browser died or we closed the stream: either way the connection is over.
        }

        _closed = true;
        Closed?.Invoke(this, new TransportClosedEventArgs("browser pipe closed"));
    }
}
