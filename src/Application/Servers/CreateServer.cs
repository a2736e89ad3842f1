using FluxStore.Management.Application.Common;
using Microsoft.Extensions.Options;
using System.Text.Json.Serialization;
using FluxStore.Management.Domain.Servers;

namespace FluxStore.Management.Application.Servers;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record CreateServerCommand : IRequest<GameServerCreatedDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public string Name { get; init; } = string.Empty;
}

public sealed class CreateServerCommandValidator : AbstractValidator<CreateServerCommand>
{
    public CreateServerCommandValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(GameServer.NameMaxLength);
}

public sealed class CreateServerCommandHandler(
    IApplicationDbContext db, ISecretHasher secrets, TimeProvider clock, IMapper mapper, IOptions<StoreLimitsOptions> limits)
    : IRequestHandler<CreateServerCommand, GameServerCreatedDto>
{
    public async Task<GameServerCreatedDto> Handle(CreateServerCommand request, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreLimits.LockStoreAsync(db, request.StoreId, cancellationToken);
        StoreLimits.Check(
            await db.GameServers.CountAsync(s => s.StoreId == request.StoreId, cancellationToken), limits.Value.ServersPerStore,
            "A store can have", "game servers", nameof(StoreLimitsOptions.ServersPerStore), "delete a server first.");
        var secret = secrets.Generate(ServerKeys.SecretLength);
        var server = new GameServer(request.StoreId, request.Name, secret.Hash, secret.Hint, clock.GetUtcNow().UtcDateTime);
        db.GameServers.Add(server);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mapper.Map<GameServerCreatedDto>(server) with { Key = ServerKeys.Prefix + secret.Secret };
    }
}
