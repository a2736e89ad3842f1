using System.Collections.Concurrent;
using System.Net.Sockets;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A real TCP listener on loopback that accepts every connection and never answers (nor reads): the receiver that
/// holds a dispatcher slot until the request times out. Counts the connections it accepted.
/// </summary>
public sealed class HangingListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public HangingListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";

    /// <summary>Connections accepted so far (each is a request the dispatcher holds open).</summary>
    public int Accepted => _clients.Count;

    /// <summary>Polls until at least <paramref name="count"/> connections were accepted (or the timeout passes).</summary>
    public async Task<int> WaitForAsync(int count, TimeSpan timeout)
    {
        await Eventually.Until(() => Accepted >= count, timeout, TimeSpan.FromMilliseconds(50));
        return Accepted;
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                _clients.Add(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }
}
