package com.safetycredit.ledger.server.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read exactly as written: a number is never taken for a string or a date, a string
 * never for a number or a flag, {@code 1.5} never truncated to 1, an integer never read as an epoch date, a
 * duplicate key or trailing text is refused. An event is immutable; a value Jackson guessed would be
 * recorded for ever.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    private static final LogicalType[] SCALARS = {
        LogicalType.Textual,
        LogicalType.Integer,
        LogicalType.Float,
        LogicalType.Boolean,
        LogicalType.DateTime,
        LogicalType.Enum
    };
    private static final CoercionInputShape[] SHAPES = {
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean,
        CoercionInputShape.String,
        CoercionInputShape.EmptyString
    };

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequests() {
        return builder -> builder.featuresToDisable(
                        MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .featuresToEnable(
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(StrictJson::noCoercion);
    }

    /** java.time values only from ISO-8601 strings: the JSR-310 readers take a bare number as an epoch. */
    @Bean
    SimpleModule datesOnlyFromStrings() {
        SimpleModule module = new SimpleModule("dates-only-from-strings");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getPackageName().equals("java.time")
                        ? new StringOnly(deserializer)
                        : deserializer;
            }
        });
        return module;
    }

    private static final class StringOnly extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        StringOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StringOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return _delegatee.deserialize(parser, context);
        }
    }

    /** Each scalar type accepts only its own JSON shape (a date only a string). */
    static void noCoercion(ObjectMapper mapper) {
        mapper.setDefaultLeniency(false);
        for (LogicalType type : SCALARS) {
            for (CoercionInputShape shape : SHAPES) {
                if (!ownShape(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
    }

    private static boolean ownShape(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual, DateTime, Enum -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            default -> true;
        };
    }
}
