using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Supervision.Api.Infrastructure;

/// <summary>An endpoint's own body limit (bytes), read by <see cref="RequestBodyLimitMiddleware"/> and by Kestrel.</summary>
public sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata
{
    public const long DefaultBytes = 1024 * 1024;
}

/// <summary>
/// Refuses a request body larger than the endpoint's limit (<see cref="BodyLimit"/>, else <c>Api:MaxRequestBodyBytes</c>,
/// 1 MiB by default) with 413 problem details before any handler runs. A body without a length is read up to
/// the limit first: the endpoint binder would otherwise take a cut-off body for a dropped connection.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _defaultLimit = configuration.GetValue<long?>("Api:MaxRequestBodyBytes") ?? BodyLimit.DefaultBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } metadata ? metadata.MaxRequestBodySize : _defaultLimit;
        if (limit is not { } max)
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            serverLimit.MaxRequestBodySize = max;

        var request = context.Request;
        if (request.ContentLength is { } length)
        {
            if (length > max)
                throw TooLarge(max);
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
        {
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > max)
                    throw TooLarge(max);
                buffer.Write(chunk, 0, read);
            }
            buffer.Position = 0;
            request.Body = buffer;
            context.Response.RegisterForDispose(buffer);
        }
        await next(context);
    }

    private static BadHttpRequestException TooLarge(long max) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The request body is larger than the limit of {max} bytes for this endpoint."), StatusCodes.Status413PayloadTooLarge);
}
