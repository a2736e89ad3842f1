using FluxStore.Management.Application.Common;
using Microsoft.Extensions.Options;
using FluxStore.Management.Application.Common.Mapping;
using System.Text.Json.Serialization;
using FluxStore.Management.Domain.ApiKeys;

namespace FluxStore.Management.Application.ApiKeys;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record CreateApiKeyCommand : IRequest<ApiKeyCreatedDto>, IStoreRequest, IRequiresProPlan
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>Areas to actions, as in the spec: <c>{"Packages":["View","Edit"]}</c>.</summary>
    public Dictionary<string, List<string>>? Permissions { get; init; }

    public DateTime? ExpiresAt { get; init; }
}

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        // The validator and the handler read the instant the same way (UtcTime.Normalize); a time
        // without an offset would be guessed at, so it is refused.
        RuleFor(x => x.ExpiresAt)
            .Cascade(CascadeMode.Stop)
            .Must(e => e is null || e.Value.Kind != DateTimeKind.Unspecified)
            .WithMessage("'expiresAt' must carry a UTC offset, e.g. 2027-01-31T12:00:00Z.")
            .Must(e => e is null || UtcTime.Normalize(e.Value) > clock.GetUtcNow().UtcDateTime)
            .WithMessage("'expiresAt' must be in the future.");
        RuleFor(x => x.Permissions).Custom((permissions, context) =>
        {
            foreach (var problem in PermissionSet.TryCreateForApiKey(AsReadOnly(permissions), out _))
            {
                context.AddFailure("permissions", problem);
            }
        });
    }

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>>? AsReadOnly(Dictionary<string, List<string>>? permissions) =>
        permissions?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)(p.Value ?? []));
}

public sealed class CreateApiKeyCommandHandler(
    IApplicationDbContext db, ISecretHasher secrets, TimeProvider clock, IMapper mapper, IOptions<StoreLimitsOptions> limits)
    : IRequestHandler<CreateApiKeyCommand, ApiKeyCreatedDto>
{
    public async Task<ApiKeyCreatedDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        PermissionSet.TryCreateForApiKey(CreateApiKeyCommandValidator.AsReadOnly(request.Permissions), out var permissions);
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = secrets.Generate(ApiKey.SecretLength);
        var expiresAt = request.ExpiresAt is { } e ? UtcTime.Normalize(e) : (DateTime?)null;
        await using var transaction = await StoreLimits.LockStoreAsync(db, request.StoreId, cancellationToken);
        StoreLimits.Check(
            await db.ApiKeys.CountAsync(k => k.StoreId == request.StoreId && k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now), cancellationToken),
            limits.Value.ApiKeysPerStore,
            "A store can have", "active API keys", nameof(StoreLimitsOptions.ApiKeysPerStore), "revoke a key first.");
        var key = new ApiKey(request.StoreId, request.Name, permissions, expiresAt, secret.Hash, secret.Hint, now);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<ApiKey, ApiKeyCreatedDto>(key, new { now }) with { Key = ApiKey.Format(key.StoreId, secret.Secret) };
    }
}
