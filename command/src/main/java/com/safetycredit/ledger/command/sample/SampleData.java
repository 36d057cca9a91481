package com.safetycredit.ledger.command.sample;

import com.safetycredit.ledger.shared.commands.RegisterEnterprise;
import com.safetycredit.ledger.shared.domain.Uscc;
import com.safetycredit.ledger.shared.store.MongoLedgerStorageEngine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Fictitious enterprises for a first look ({@code --ledger.sample-data=true}), recorded through the same
 * commands staff use, only into an empty ledger. None of these codes belongs to a real enterprise.
 */
@Component
@ConditionalOnProperty(name = "ledger.sample-data", havingValue = "true")
public class SampleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private record Sample(String codeWithoutCheck, String name, String industry, String regionCode, String address) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("91330482MA28A1B56", "平湖市示例化工有限公司", "HAZARDOUS_CHEMICALS", "330482", "平湖市独山港镇示例路1号"),
            new Sample("91330482MA2B00011", "平湖市示例箱包制造有限公司", "LUGGAGE_MANUFACTURING", "330482", "平湖市当湖街道示例路8号"),
            new Sample("91330421MA2C00021", "嘉善县示例金属制品有限公司", "METAL_SMELTING", "330421", "嘉善县惠民街道示例路3号"),
            new Sample("91330421MA2C00032", "嘉善县示例物流有限公司", "TRANSPORT", "330421", "嘉善县罗星街道示例路5号"),
            new Sample("91330402MA2D00041", "嘉兴市示例建设工程有限公司", "CONSTRUCTION", "330402", "嘉兴市南湖区示例路12号"),
            new Sample("91330411MA2D00052", "嘉兴市示例服装有限公司", "GARMENT_MANUFACTURING", "330411", "嘉兴市秀洲区示例路20号"));

    private final CommandGateway commandGateway;
    private final MongoLedgerStorageEngine store;

    public SampleData(CommandGateway commandGateway, MongoLedgerStorageEngine store) {
        this.commandGateway = commandGateway;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.head().position() > 0) {
            log.info("Sample data requested, but the ledger already holds events: nothing added");
            return;
        }
        for (Sample sample : SAMPLES) {
            String uscc = sample.codeWithoutCheck() + Uscc.checkCharacter(sample.codeWithoutCheck());
            commandGateway.sendAndWait(new RegisterEnterprise(uscc, sample.name(), sample.industry(),
                    sample.regionCode(), sample.address(), null, LocalDate.of(2020, 1, 6)),
                    MetaData.with("actor", "sample-data").and("role", "SYSTEM"));
        }
        log.info("Sample data: {} fictitious enterprises registered", SAMPLES.size());
    }
}
