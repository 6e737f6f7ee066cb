using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Workflows.Notifications;

/// <summary>Webhook settings (section <c>Webhooks</c>).</summary>
public sealed record WebhookOptions
{
    /// <summary>The HMAC-SHA256 key that signs every body (header <c>X-Signature: sha256=&lt;hex&gt;</c>).</summary>
    public string Secret { get; init; } = "";

    /// <summary>Allows loopback and private addresses (tests and closed networks only).</summary>
    public bool AllowPrivateNetworks { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>A webhook target that must not be called: a private, loopback or otherwise unsafe address.</summary>
public sealed class UnsafeWebhookTargetException(string message) : Exception(message);

/// <summary>
/// Posts signed JSON to webhook targets. The host name is resolved once and the connection goes to that
/// address, which must be public unless configured otherwise; redirects are not followed (SSRF defences).
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly WebhookOptions _options;
    private readonly HttpClient _client;

    public WebhookSender(WebhookOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = options.Timeout };
    }

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Posts the body; throws on a refused target or a non-success status (the caller retries with back-off).</summary>
    public async Task PostAsync(Uri target, string jsonBody, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Scheme is not ("https" or "http"))
            throw new UnsafeWebhookTargetException($"Webhook target '{target}' must use http or https.");
        await ResolveSafeAsync(target.Host, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(jsonBody, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature", Sign(_options.Secret, jsonBody));
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await _client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Webhook {target} answered {(int)response.StatusCode}.", null, response.StatusCode);
    }

    /// <summary>Resolves a host once and refuses unsafe addresses.</summary>
    public async Task<IPAddress> ResolveSafeAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
            throw new UnsafeWebhookTargetException($"Webhook host '{host}' does not resolve.");
        var address = addresses[0];
        if (!_options.AllowPrivateNetworks && !IsPublic(address))
            throw new UnsafeWebhookTargetException($"Webhook host '{host}' resolves to {address}, a private or local address.");
        return address;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        // Connect to the address checked above, not to whatever a second lookup might return.
        var address = await ResolveSafeAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>False for loopback, private, link-local, shared, multicast and reserved ranges.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal);
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
    }

    public void Dispose() => _client.Dispose();
}
