package com.safetycredit.ledger.contracts.commands;

import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a 双随机 draw already made by the rules on a pool read at a known position: the event is the draw, and
 * its id ({@code drawId}) is one per year, period and region, so the same inspection round cannot be drawn twice.
 */
public record MakeSupervisionDraw(@TargetAggregateIdentifier String drawId, SupervisionDrawMade draw) {}
