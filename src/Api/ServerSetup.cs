using System.Text.Json.Serialization;
using FluentValidation;
using Scalar.AspNetCore;
using Supervision.Api.Features.ActivityDescriptors;
using Supervision.Api.Features.Admin;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Dashboard;
using Supervision.Api.Features.Documents;
using Supervision.Api.Features.Milestones;
using Supervision.Api.Features.Evaluations;
using Supervision.Api.Features.Inspections;
using Supervision.Api.Features.Plans;
using Supervision.Api.Features.WorkTasks;
using Supervision.Api.Features.Notifications;
using Supervision.Api.Features.Reports;
using Supervision.Api.Features.UrgeNotices;
using Supervision.Api.Features.WorkflowDefinitions;
using Supervision.Api.Features.WorkflowInstances;
using Supervision.Api.Infrastructure;
using Supervision.Api.Infrastructure.OpenApi;
using Supervision.Api.Infrastructure.Localization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Api.Features.Auth;
using Supervision.Api.Features.Tasks;
using Supervision.Api.Security;
using Supervision.Api.Scheduling;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Scheduling;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Validation;

namespace Supervision.Api;

/// <summary>Wires the server: services first, then the request pipeline and endpoints.</summary>
public static class ServerSetup
{
    public static WebApplicationBuilder AddSupervisionServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // The audit wraps validation, so that an administrative command refused as invalid is kept too.
            options.PipelineBehaviors = [typeof(AuditBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        // Validators hold only rules and singleton settings: built once, not on every request.
        services.AddValidatorsFromAssemblyContaining<ValidationBehaviorMarker>(ServiceLifetime.Singleton, includeInternalTypes: true);
        // FluentValidation's own messages name a field in words of the request's language, not the property's name.
        ValidatorOptions.Global.DisplayNameResolver = PropertyNames.Resolve;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ActivityRegistry.CreateDefault());
        services.AddSingleton(sp => new WorkflowDefinitionValidator(sp.GetRequiredService<ActivityRegistry>()));
        services.AddSingleton<IDefinitionValidator, FluentDefinitionValidator>();
        services.AddSupervisionPersistence(builder.Configuration);
        services.AddSupervisionScheduling(builder.Configuration);

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUserAccessor>();
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.SectionName));
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenService>();
        services.AddHostedService<DemoData>();
        services.AddScoped<Features.Tasks.TaskAccess>();
        services.AddOptions<Features.Common.DeadlineOptions>().Bind(builder.Configuration.GetSection(Features.Common.DeadlineOptions.SectionName))
            .Validate(o => o.DueSoonWorkingDays is >= 0 and <= Features.Common.DeadlineOptions.MaxDueSoonWorkingDays,
                $"Deadlines:DueSoonWorkingDays must be between 0 and {Features.Common.DeadlineOptions.MaxDueSoonWorkingDays} working days.")
            .ValidateOnStart();
        services.AddSingleton<Features.Common.DeadlineClock>();
        services.AddSingleton<DbOrgDirectory>();
        services.AddSingleton<IOrgDirectory>(sp => sp.GetRequiredService<DbOrgDirectory>());
        services.AddScoped<InstanceViews>();
        services.AddScoped<DashboardStatistics>();
        AddSecurity(builder);

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorization>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            MessageTranslator.Translate(context.ProblemDetails, context.HttpContext));
        // English unless the request asks for Vietnamese (the web app asks for its own language); only the language of
        // messages changes, never how values are written.
        services.AddRequestLocalization(options =>
        {
            options.SetDefaultCulture(MessageTranslator.Languages[0]);
            options.SupportedCultures = [new System.Globalization.CultureInfo(MessageTranslator.Languages[0])];
            options.SupportedUICultures = [.. MessageTranslator.Languages.Select(l => new System.Globalization.CultureInfo(l))];
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Binding failures (malformed JSON, a wrong type, a bad query value) become exceptions, so they reach the
        // problem-details handler and name the field instead of ending as a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddSupervisionOpenApi();
        services.AddSupervisionHealthChecks();
        return builder;
    }

    private static void AddSecurity(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKeyProvider, TimeProvider>((options, keys, clock) =>
        {
            options.MapInboundClaims = false;
            options.TimeProvider = clock;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuers = auth.Authority is null ? [auth.Issuer] : [auth.Issuer, auth.Authority],
                ValidAudience = auth.Audience,
                IssuerSigningKey = keys.Key,
                NameClaimType = ClaimTypes.NameIdentifier,
                RoleClaimType = ClaimTypes.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
                // Token lifetimes follow the server's clock (which tests move), not the machine's.
                LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore <= now.AddSeconds(30)) && expires is not null && expires > now.AddSeconds(-30);
                },
            };
            if (auth.Authority is not null)
                options.Authority = auth.Authority;
            // A token outlives neither the account's enabled state nor (for tokens issued here) its roles, unit and password.
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    context.Token ??= Scheduling.SchedulingEndpoints.TokenFromSessionCookie(context.Request);
                    return Task.CompletedTask;
                },
                OnTokenValidated = async context =>
                {
                    var principal = context.Principal;
                    var userName = principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? principal?.FindFirst("sub")?.Value;
                    if (userName is null)
                        return;
                    var revocations = context.HttpContext.RequestServices.GetRequiredService<TokenRevocations>();
                    var issuedHere = context.SecurityToken.Issuer == auth.Issuer;
                    var stamp = principal!.FindFirst(CurrentUser.StampClaim)?.Value;
                    var issuedAt = new DateTimeOffset(DateTime.SpecifyKind(context.SecurityToken.ValidFrom, DateTimeKind.Utc));
                    if (await revocations.RefusalAsync(userName, stamp, issuedHere, issuedAt, context.HttpContext.RequestAborted) is { } reason)
                        context.Fail(new TokenRevokedException(reason));
                },
                // A refused token is answered with the reason, so that a client can tell the user to sign in again.
                OnChallenge = async context =>
                {
                    var reason = context.AuthenticateFailure switch
                    {
                        TokenRevokedException revoked => revoked.Message,
                        SecurityTokenExpiredException => "The token has expired; sign in again.",
                        _ => null,
                    };
                    if (reason is null || context.Response.HasStarted)
                        return;
                    context.HandleResponse();
                    context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                    await ProblemDetailsExceptionHandler.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized", reason);
                },
            };
        });
        services.AddSingleton<TokenRevocations>();
        services.AddSingleton<TwoStepSignIn>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, SignedInWithCodeHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin).AddRequirements(new SignedInWithCodeRequirement()))
            .AddPolicy(Policies.Design, p => p.RequireRole(Roles.Designer, Roles.Admin))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Designer, Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.Supervise, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.Work, p => p.RequireRole(Roles.Workers))
            .AddPolicy(Policies.Read, p => p.RequireRole(Roles.UnitOfficer, Roles.Supervisor, Roles.Admin, Roles.Viewer, Roles.Designer));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AuthEndpoints.TokenRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.TokenRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static WebApplication UseSupervisionServer(this WebApplication app)
    {
        // A worker runs the jobs and answers health checks only: the API and the web app are the web role's.
        if (app.Services.GetRequiredService<SchedulingOptions>().Role == SchedulingRole.Worker)
        {
            app.MapSupervisionHealth();
            return app;
        }
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHeadAsGet();
        app.UseRouting();
        // The web app (designer, inbox, dashboard) is built into wwwroot and served from here: no CDN. Its client-side
        // routes get its page; unknown /api paths stay 404 problem details.
        app.UseWebAppPages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/v1.json");
        // Fonts and telemetry off: the product makes no call to the internet on its own. The bearer scheme is offered
        // first, so that a token pasted once is sent with every request tried from the page.
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("Supervision API").WithOpenApiRoutePattern("/openapi/v1.json").DisableDefaultFonts()
                .AddPreferredSecuritySchemes([EndpointAnswers.BearerScheme]);
            options.Telemetry = false;
        });
        app.MapSupervisionHealth();
        app.MapAuth();
        app.MapActivityDescriptors();
        app.MapTasks();
        app.MapWorkflowDefinitions();
        app.MapWorkflowInstances();
        app.MapDashboard();
        app.MapAdmin();
        app.MapNotifications();
        app.MapMilestones();
        app.MapReports();
        app.MapUrgeNotices();
        app.MapDocuments();
        app.MapInspections();
        app.MapEvaluations();
        app.MapPlans();
        app.MapWorkTasks();
        app.MapSchedulingDashboard();
        app.MapDashboardSession();
        return app;
    }

    /// <summary>Anchors validator discovery to this assembly.</summary>
    private sealed class ValidationBehaviorMarker;
}
