namespace FluxStore.Management.Application.Invitations;

/// <summary>The invitee turns the invitation down; it can no longer be accepted.</summary>
[RequireSignedInUser]
public sealed record DeclineInvitationCommand(Guid Id) : IRequest<InvitationDto>;

public sealed class DeclineInvitationCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<DeclineInvitationCommand, InvitationDto>
{
    public Task<InvitationDto> Handle(DeclineInvitationCommand request, CancellationToken cancellationToken) =>
        InvitationAnswer.AnswerAsync(db, caller, clock, request.Id, accept: false, cancellationToken);
}
