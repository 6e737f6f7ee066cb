namespace Supervision.Api.Infrastructure;

/// <summary>
/// How requests that no endpoint answers are served. <c>HEAD</c> is answered as <c>GET</c> would be, without the
/// body (monitors probe <c>/health</c> that way). A page address of the web app (a <c>GET</c> outside <c>/api</c>
/// with no file extension) gets the app's page, which routes on the client. Anything else that matches no endpoint
/// is a 404 problem: an unknown <c>/api</c> path under any method, and a <c>POST</c> to a page address. A known
/// path asked with a method it does not take stays 405.
/// </summary>
public static class WebAppRouting
{
    private const string AppPage = "/index.html";

    /// <summary>Before routing: a <c>HEAD</c> request is routed as <c>GET</c> and its body is not sent.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            context.Request.Method = HttpMethods.Get;
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });

    /// <summary>After routing: a page address that no endpoint took is served the web app's page.</summary>
    public static IApplicationBuilder UseWebAppPages(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsAppPage(context))
                context.Request.Path = AppPage;
            return next(context);
        });

    internal static bool IsAppPage(HttpContext context)
    {
        var path = context.Request.Path;
        return context.GetEndpoint() is null
            && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !Path.HasExtension(path.Value);
    }
}
